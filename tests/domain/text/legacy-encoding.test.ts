import fc from "fast-check";
import {
  decodeTcvn3,
  decodeVni,
  detectLegacyText,
  encodeTcvn3,
  encodeVni,
} from "../../../src/domain/text/legacy-encoding";
import { isVietnameseSyllable } from "../../../src/domain/text/vietnamese-syllable";

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const LOWER_LETTERS = [
  ...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))),
  "đ",
  ..."bcdghklmnpqrstvx".split(/(?:)/u),
];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

/** Strings of Vietnamese letters, ASCII capitals, digits, spaces and punctuation. */
function vietnameseText(letters: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...letters, " ", ",", ".", "-", "0", "7"), { maxLength: 40 })
    .map((chars) => chars.join(""));
}

describe("TCVN3 (ABC) tables", () => {
  it.each([
    ["NguyÔn V¨n An", "Nguyễn Văn An"],
    ["TrÇn ThÞ Hång", "Trần Thị Hồng"],
    ["Lª Hoµng Long", "Lê Hoàng Long"],
    ["Ph¹m Thu H­¬ng", "Phạm Thu Hương"],
    ["§ç §øc Th¾ng", "Đỗ Đức Thắng"],
    ["Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["Së Khoa häc vµ C«ng nghÖ", "Sở Khoa học và Công nghệ"],
  ])("decodes %s", (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
    expect(encodeTcvn3(unicode)).toBe(legacy);
  });

  it("round-trips every lower-case Vietnamese letter", () => {
    for (const letter of LOWER_LETTERS) expect(decodeTcvn3(encodeTcvn3(letter))).toBe(letter);
  });

  it("round-trips random lower-case Vietnamese text", () => {
    fc.assert(
      fc.property(
        vietnameseText([...LOWER_LETTERS, "A", "N", "Đ", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư"]),
        (s) => {
          expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
        }
      )
    );
  });

  it("round-trips the capitals that have their own code", () => {
    const lossless = UPPER_LETTERS.filter((l) => decodeTcvn3(encodeTcvn3(l)) === l);
    // The 7 base capitals, ASCII capitals and the extended upper-case codes of .VnTime fonts.
    expect(lossless.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(vietnameseText([...LOWER_LETTERS, ...lossless]), (s) => {
        expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
      })
    );
  });

  it("encodes only to 8-bit and code-page characters", () => {
    fc.assert(
      fc.property(vietnameseText([...LOWER_LETTERS, ...UPPER_LETTERS]), (s) => {
        expect(encodeTcvn3(s)).toMatch(/^[\u0000-\u00ff‚ƒ„†‡ˆ‰Š‹ŒŽ˜š›œžŸ]*$/);
      })
    );
  });
});

describe("VNI tables", () => {
  it.each([
    ["Nguyeãn Vaên An", "Nguyễn Văn An"],
    ["Traàn Thò Hoàng", "Trần Thị Hồng"],
    ["Leâ Hoaøng Long", "Lê Hoàng Long"],
    ["Phaïm Thu Höông", "Phạm Thu Hương"],
    ["Ñoã Ñöùc Thaéng", "Đỗ Đức Thắng"],
    ["NGUYEÃN THÒ YÙ", "NGUYỄN THỊ Ý"],
    ["Kyø thi tuyeån", "Kỳ thi tuyển"],
  ])("decodes %s", (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
    expect(encodeVni(unicode)).toBe(legacy);
  });

  it("round-trips random Vietnamese text of both cases", () => {
    fc.assert(
      fc.property(vietnameseText([...LOWER_LETTERS, ...UPPER_LETTERS]), (s) => {
        expect(decodeVni(encodeVni(s))).toBe(s);
      })
    );
  });
});

describe("detectLegacyText", () => {
  it.each([
    ["NguyÔn V¨n An", "TCVN3", "Nguyễn Văn An"],
    ["Phßng Tæ chøc - Hµnh chÝnh", "TCVN3", "Phòng Tổ chức - Hành chính"],
    ["NGUYÔN THÞ MAI", "TCVN3", "NGUYỄN THỊ MAI"],
    ["Hµ", "TCVN3", "Hà"],
    ["Chi côc Tiªu chuÈn §o l­êng ChÊt l­îng", "TCVN3", "Chi cục Tiêu chuẩn Đo lường Chất lượng"],
    ["Nguyeãn Vaên An", "VNI", "Nguyễn Văn An"],
    ["Hoaøn thaønh toát nhieäm vuï", "VNI", "Hoàn thành tốt nhiệm vụ"],
    ["Trung taâm Thoâng tin (CB012)", "VNI", "Trung tâm Thông tin (CB012)"],
  ])("converts %s from %s", (legacy, encoding, unicode) => {
    expect(detectLegacyText(legacy)).toEqual({ encoding, text: unicode });
  });

  it.each([
    "Nguyễn Văn An",
    "Lê Hà",
    "Tô Bá Hà",
    "Công nghệ",
    "Café au lait",
    "Müller Straße",
    "Hôpital Saint-Louis",
    "CB012",
    "Hoàn thành tốt nhiệm vụ",
    "Phòng Kế hoạch – Tài chính",
    "“Nguyễn”",
    "",
    "123,5",
  ])("leaves %j alone", (text) => {
    expect(detectLegacyText(text)).toBeNull();
  });

  it("never converts Unicode Vietnamese made of real syllables", () => {
    const syllables = [
      "Nguyễn",
      "Trần",
      "Lê",
      "Hà",
      "Tô",
      "Bé",
      "Hồ",
      "Thị",
      "Văn",
      "Hương",
      "Đức",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 }), (ws) => {
        expect(detectLegacyText(ws.join(" "))).toBeNull();
      })
    );
  });

  it("converts real names typed in either encoding back to the original", () => {
    const names = [
      "Nguyễn Thị Thu Hằng",
      "Trần Quốc Tuấn",
      "Phạm Minh Đức",
      "Lê Thị Phương Thảo",
      "Võ Văn Kiệt",
      "Hoàng Ngọc Ánh",
      "Đặng Thùy Dương",
      "Bùi Xuân Trường",
    ];
    for (const name of names) {
      expect(detectLegacyText(encodeVni(name))).toEqual({ encoding: "VNI", text: name });
      expect(detectLegacyText(encodeTcvn3(name))?.text).toBe(name);
    }
  });
});

describe("detectLegacyText with the encoding of the column", () => {
  it.each([
    ["Phan Thò An", "VNI", "Phan Thị An"],
    ["Leâ Thò Hoa", "VNI", "Lê Thị Hoa"],
    ["Mai Thò Lan", "VNI", "Mai Thị Lan"],
  ])("decodes %s, ambiguous alone, as %s", (legacy, encoding, unicode) => {
    expect(detectLegacyText(legacy, encoding as "VNI" | "TCVN3")).toEqual({
      encoding,
      text: unicode,
    });
  });

  it("leaves an ambiguous text alone without a hint", () => {
    expect(detectLegacyText("Phan Thò An")).toBeNull();
  });

  it("prefers frequent syllables when both encodings decode", () => {
    expect(detectLegacyText("Leâ Thò Hoa")).toEqual({ encoding: "VNI", text: "Lê Thị Hoa" });
  });

  it.each([
    "Phan Hoàng An",
    "Lê Văn Tám",
    "Tô Hà",
    "Phó phòng",
    "Chuyên viên",
    "Hoàn thành tốt nhiệm vụ",
  ])("never converts the Unicode text %j, whatever the hint", (text) => {
    expect(detectLegacyText(text, "VNI")).toBeNull();
    expect(detectLegacyText(text, "TCVN3")).toBeNull();
  });

  it("restores capitals TCVN3 has no code for in a name", () => {
    expect(detectLegacyText(encodeTcvn3("Nguyễn Thị Út"))?.text).toBe("Nguyễn Thị Út");
    expect(detectLegacyText(encodeTcvn3("Trần Văn Ý"))?.text).toBe("Trần Văn Ý");
  });
});

describe("isVietnameseSyllable", () => {
  it.each([
    "nguyễn",
    "Trường",
    "khuya",
    "quốc",
    "giữa",
    "gì",
    "oanh",
    "thuở",
    "Ánh",
    "tốt",
    "học",
    "Quỳnh",
    "quang",
    "quyết",
  ])("accepts %s", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each([
    "nguyôn",
    "vaên",
    "tèt",
    "café",
    "hµ",
    "ngu yen",
    "street",
    "xyz",
    "áà",
    "ñinh",
    "ña",
    "quơn",
  ])("rejects %s", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
