/**
 * After listing, the pane shows the entries not proposed with their reasons in its own language
 * (issue 10 item 1): the domain gives typed reasons, the pane words them, and its language
 * switch words them again.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";
import { FakePort, sampleRegister } from "./fake-port";

jest.setTimeout(REACT_TREE_TIMEOUT);

const JAN_26 = (): Date => new Date(2024, 0, 26, 9, 0);

/** Letters only Vietnamese uses. */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The register's own words an English reason quotes: ratings, sheet names, titles. */
const REGISTER_WORDS = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
  "Bình xét",
  "Cấu hình",
  "Lịch sử",
  "Cán bộ",
  "Đơn vị",
  "Số thành viên Hội đồng",
  "Số thành viên",
  "Mã CB",
  "Xếp hạng trong khối",
  "LĐTT",
  "CSTĐCS",
  "TTLĐTT",
  "TTLĐXS",
];

function withoutRegisterWords(text: string): string {
  let rest = text;
  for (const word of [...REGISTER_WORDS].sort((a, b) => b.length - a.length))
    rest = rest.split(word).join(" ");
  return rest;
}

/** The reasons shown under each entry (the list loads on demand when first opened). */
async function reasonsShown(panel: HTMLElement): Promise<string[]> {
  return (await within(panel).findAllByTestId("not-proposed-row", {}, { timeout: 10_000 })).flatMap(
    (row) => [...row.querySelectorAll("ul > li")].map((li) => li.textContent)
  );
}

describe("not proposed, and why", () => {
  it("words the reasons in the pane's language and again after its switch", async () => {
    const user = userEvent.setup();
    render(<App port={new FakePort(sampleRegister())} language="en" now={JAN_26} />);
    await screen.findByText(en.deadlineDaysLeft(5, "31/01/2024"));
    await waitFor(() => {
      expect(
        screen.getByRole("button", { name: en.propose }).getAttribute("aria-disabled")
      ).not.toBe("true");
    });
    await user.click(screen.getByRole("button", { name: en.propose }));
    const panel = await screen.findByTestId("not-proposed");
    // Folded until asked.
    expect(within(panel).queryAllByTestId("not-proposed-row")).toHaveLength(0);
    await user.click(within(panel).getByText(/^Not proposed, and why \(\d+\)$/));
    const english = await reasonsShown(panel);
    expect(english.length).toBeGreaterThan(0);
    for (const text of english) {
      expect(text.length).toBeGreaterThan(5);
      expect(withoutRegisterWords(text)).not.toMatch(VIETNAMESE_LETTERS);
    }
    expect(panel.textContent).toMatch(/not eligible|awaiting the vote|over the quota/);

    await user.selectOptions(screen.getByLabelText(en.languageLabel), "vi");
    const again = await screen.findByTestId("not-proposed");
    await waitFor(() => {
      expect(within(again).getByText(/^Chưa đề nghị, vì sao \(\d+\)$/)).toBeTruthy();
    });
    const vietnamese = await reasonsShown(again);
    expect(vietnamese).toHaveLength(english.length);
    expect(vietnamese).not.toEqual(english);
    expect(vietnamese.join("\n")).toMatch(VIETNAMESE_LETTERS);
    expect(again.textContent).toMatch(new RegExp(Object.values(vi.notProposedStatus).join("|")));
  });
});
