import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkRegister } from "../../src/app/check-register";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/taskpane/strings.en";
import { vi } from "../../src/taskpane/strings.vi";
import { STEP_REASONS_VI } from "../../src/domain/messages/step-reasons.vi";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";
import { FakePort, sampleRegister } from "./fake-port";

jest.setTimeout(REACT_TREE_TIMEOUT);

const JAN_26 = (): Date => new Date(2024, 0, 26, 9, 0);

function renderPane(
  port: FakePort,
  language: "vi" | "en" = "vi"
): ReturnType<typeof userEvent.setup> {
  const user = userEvent.setup();
  render(<App port={port} language={language} now={JAN_26} />);
  return user;
}

async function overviewLoaded(): Promise<void> {
  await screen.findByText(vi.deadlineDaysLeft(5, "31/01/2024"));
}

/** The confirmation dialog (in Fluent's portal, outside the pane). */
async function findDialog(): Promise<HTMLElement> {
  const title = await screen.findByText(vi.confirmTitle);
  const dialog = title.closest<HTMLElement>("[role=alertdialog]");
  if (dialog === null) throw new Error("the confirmation is not an alert dialog");
  return dialog;
}

/** Waits until no action runs (the button is enabled again). */
async function idle(name: string): Promise<void> {
  await waitFor(() => {
    expect(actionButton(name).getAttribute("aria-disabled")).not.toBe("true");
  });
}

function actionButton(name: string): HTMLElement {
  return screen.getByRole("button", { name });
}

describe("task pane", () => {
  it("shows the overview in Vietnamese: deadline, figures and each unit's status", async () => {
    renderPane(new FakePort(sampleRegister()));
    await overviewLoaded();
    expect(screen.getByRole("heading", { name: "Sổ Thi đua" })).toBeTruthy();
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "VPVăn phòng Sởhợp lệhợp lệ",
      "KTPhòng Kế hoạch - Tài chínhđang điềnđang điền",
      "TCPhòng Tổ chứcchưa cóchưa có",
    ]);
  });

  it("links the header to the user guide and the rulebook, pages shipped beside the pane", async () => {
    renderPane(new FakePort(sampleRegister()));
    await overviewLoaded();
    const guide = screen.getByRole("link", { name: vi.guideLink });
    const rulebook = screen.getByRole("link", { name: vi.rulebookLink });
    expect(guide.getAttribute("href")).toBe("huong-dan-su-dung.html");
    expect(rulebook.getAttribute("href")).toBe("rulebook.html");
    expect(rulebook.getAttribute("target")).toBe("_blank");
  });

  it("follows Office's language and switches language from its own control", async () => {
    const user = renderPane(new FakePort(sampleRegister()), "en");
    await screen.findByText(en.deadlineDaysLeft(5, "31/01/2024"));
    expect(actionButton(en.check)).toBeTruthy();
    await user.selectOptions(screen.getByLabelText(en.languageLabel), "vi");
    expect(await screen.findByRole("button", { name: vi.check })).toBeTruthy();
    expect(screen.getByText(vi.deadlineDaysLeft(5, "31/01/2024"))).toBeTruthy();
  });

  it("tells the host when its own switch changes the language, not when the host does", async () => {
    const user = userEvent.setup();
    const changes: string[] = [];
    const onLanguageChange = (language: "vi" | "en"): void => {
      changes.push(language);
    };
    const port = new FakePort(sampleRegister());
    const view = render(
      <App port={port} language="vi" now={JAN_26} onLanguageChange={onLanguageChange} />
    );
    await overviewLoaded();
    const picker = screen.getByLabelText(vi.languageLabel);
    expect(picker.tagName).toBe("SELECT");
    await user.selectOptions(picker, "en");
    expect(changes).toEqual(["en"]);
    expect(await screen.findByRole("button", { name: en.check })).toBeTruthy();
    // The host following with the same value, or changing Office's language, reports nothing.
    view.rerender(
      <App port={port} language="en" now={JAN_26} onLanguageChange={onLanguageChange} />
    );
    view.rerender(
      <App port={port} language="vi" now={JAN_26} onLanguageChange={onLanguageChange} />
    );
    expect(await screen.findByRole("button", { name: vi.check })).toBeTruthy();
    expect(changes).toEqual(["en"]);
    await user.selectOptions(screen.getByLabelText(vi.languageLabel), "vi");
    await user.selectOptions(screen.getByLabelText(vi.languageLabel), "en");
    expect(changes).toEqual(["en", "vi", "en"]);
  });

  it("disables actions with a visible reason in an empty workbook, and Tạo sổ creates sheets", async () => {
    const port = new FakePort({});
    const user = renderPane(port);
    await screen.findByText(vi.noRegister);
    const check = actionButton(vi.check);
    expect(check.getAttribute("aria-disabled")).toBe("true");
    // Every later step is blocked with the same reason, said once under each.
    expect(screen.getAllByText(STEP_REASONS_VI["register-not-ready"]({})).length).toBe(5);
    expect(actionButton(vi.createRegister).className).toContain("fui-Button");
    expect(actionButton(vi.createRegister).closest("li")?.getAttribute("aria-current")).toBe(
      "step"
    );
    await user.click(check);
    expect(port.callsOf("readSheets")).toHaveLength(1);

    await user.click(actionButton(vi.createRegister));
    await waitFor(() => {
      expect(port.callsOf("createSheets")).toHaveLength(1);
    });
    const done = await screen.findByText(vi.successTitle);
    // A new register is empty: the notice says what comes next.
    expect(done.closest("[role=status]")?.textContent).toContain(vi.nextAfterRegister);
    // The overview is read again after the action.
    expect(port.callsOf("readSheets").length).toBeGreaterThanOrEqual(2);
  });

  it("checks the register: issues by sheet with counts; choosing one selects its cell", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    const readsBefore = port.callsOf("readSheets").length;
    await user.click(actionButton(vi.check));
    await screen.findByRole("heading", { name: vi.issuesTitle });
    expect(port.callsOf("readSheets").length).toBeGreaterThan(readsBefore);
    expect(port.callsOf("writeOutputSheets")).toHaveLength(0);

    // The counts are the engine's: whatever it finds in `Cán bộ`, the group header says.
    const outcome = await checkRegister(new FakePort(sampleRegister()));
    const staffIssues =
      outcome.kind === "analysed"
        ? outcome.analysis.issues.filter((i) => i.sheet === "Cán bộ")
        : [];
    const errors = staffIssues.filter((i) => i.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    // The notice says the register has errors, not a bare "done" above a list of errors.
    const all = outcome.kind === "analysed" ? outcome.analysis.issues : [];
    const allErrors = all.filter((i) => i.severity === "error").length;
    const bar = await screen.findByText(vi.checkErrorsTitle);
    expect(bar.closest("[role=status]")?.textContent).toContain(
      vi.checkDone(allErrors, all.length - allErrors)
    );
    expect(screen.queryByText(vi.successTitle)).toBeNull();
    const staffGroup = screen.getByRole("button", { name: /^Cán bộ/ });
    expect(staffGroup.textContent).toContain(vi.groupCounts(errors, staffIssues.length - errors));
    if (staffGroup.getAttribute("aria-expanded") !== "true") await user.click(staffGroup);
    const issue = await screen.findByRole("button", { name: /C4.*CB03/ });
    await user.click(issue);
    await waitFor(() => {
      expect(port.callsOf("selectCell")).toEqual([["Cán bộ", "C4"]]);
    });
  });

  it("goes to an issue's cell at once, even while another action still runs", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.check));
    await screen.findByText(vi.checkErrorsTitle);
    await idle(vi.check);
    // The check runs again and waits on its reads: the list of the last one stays on screen.
    const release = port.holdReads();
    try {
      await user.click(actionButton(vi.check));
      await waitFor(() => {
        expect(actionButton(vi.check).getAttribute("aria-disabled")).toBe("true");
      });
      const staffGroup = screen.getByRole("button", { name: /^Cán bộ/ });
      if (staffGroup.getAttribute("aria-expanded") !== "true") await user.click(staffGroup);
      await user.click(await screen.findByRole("button", { name: /C4.*CB03/ }));
      await waitFor(() => {
        expect(port.callsOf("selectCell")).toEqual([["Cán bộ", "C4"]]);
      });
      // Going to the cell neither ended nor disturbed the check that runs.
      expect(actionButton(vi.check).getAttribute("aria-disabled")).toBe("true");
    } finally {
      release();
    }
    await idle(vi.check);
    await screen.findByText(vi.checkErrorsTitle);
  });

  it("moves focus to the result, says what comes next, and filters the issues", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.check));
    const result = await screen.findByRole("heading", { name: vi.resultTitle });
    await waitFor(() => {
      expect(document.activeElement).toBe(result);
    });
    const section = result.closest("section")!;
    expect(section.textContent).toMatch(/^Kết quả.*Tiếp theo — bước “/);
    expect(within(section).queryAllByText(vi.severityError).length).toBeGreaterThan(0);
    // Warnings only: fewer issues, no error among them, and the count says so.
    await user.selectOptions(within(section).getByLabelText(vi.filterSeverity), "warning");
    const shown = await within(section).findByText(/^Đang hiện \d+\/\d+ mục\.$/);
    const [, visible, total] = /(\d+)\/(\d+)/.exec(shown.textContent)!;
    expect(Number(visible)).toBeLessThan(Number(total));
    expect(within(section).queryAllByText(vi.severityError)).toHaveLength(0);
  });

  it("asks before replacing an output sheet changed by hand, and keeps it when told to", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.score));
    await screen.findByText(vi.runTitle);
    expect(port.callsOf("writeOutputSheets")).toHaveLength(1);
    // Scoring again over an untouched sheet asks nothing.
    await user.click(actionButton(vi.score));
    await waitFor(() => {
      expect(port.callsOf("writeOutputSheets")).toHaveLength(2);
    });
    expect(screen.queryByText(vi.confirmTitle)).toBeNull();
    await idle(vi.score);
    // Someone types into the ranking.
    port.sheets.get("Kết quả chấm điểm")![6]![8] = "ghi chú của Văn phòng";
    await user.click(actionButton(vi.score));
    const dialog = await findDialog();
    expect(dialog.textContent).toContain(vi.confirmText("“Kết quả chấm điểm”"));
    expect(dialog.textContent).toContain("không thể hoàn tác");
    await user.click(within(dialog).getByText(vi.confirmKeep));
    await screen.findByText(vi.keptTitle);
    expect(port.callsOf("writeOutputSheets")).toHaveLength(2);
    expect(port.sheets.get("Kết quả chấm điểm")![6]![8]).toBe("ghi chú của Văn phòng");
    await idle(vi.score);
    // Asked again, the user replaces it.
    await user.click(actionButton(vi.score));
    const again = await findDialog();
    await user.click(within(again).getByText(vi.confirmReplace));
    await waitFor(() => {
      expect(port.callsOf("writeOutputSheets")).toHaveLength(3);
    });
  });

  it("shows the ranking with a chart after scoring, and the list's counts with links after listing", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.score));
    const ranking = await screen.findByTestId("ranking");
    const rows = within(ranking).getAllByRole("row").slice(1);
    expect(rows[0]?.textContent).toMatch(/^1VPVăn phòng Sở9391/);
    expect(within(ranking).getByRole("img", { name: vi.chartTitle })).toBeTruthy();
    // VP has both totals; KT has neither (scores missing): no bar, "chưa có" in the table.
    expect(ranking.querySelectorAll("rect")).toHaveLength(2);
    expect(rows[1]?.textContent).toContain(`${vi.noScore}${vi.noScore}`);
    await idle(vi.propose);

    await user.click(actionButton(vi.propose));
    const list = await screen.findByTestId("list-counts");
    expect(screen.queryByTestId("ranking")).toBeNull();
    const links = within(list).getAllByRole("button");
    expect(links.length).toBeGreaterThan(0);
    await user.click(links[0]!);
    await waitFor(() => {
      expect(port.callsOf("selectCell").at(-1)?.[0]).toBe("Đề nghị khen thưởng");
    });
    expect(port.callsOf("selectCell").at(-1)?.[1]).toMatch(/^A\d+:H\d+$/);
    // Each listed title says why: a link to its section of the rulebook page.
    const why = within(list).getAllByRole("link", { name: /^Vì sao: / });
    const groups = list.querySelectorAll("[data-authority]").length;
    expect(groups).toBeGreaterThan(0);
    expect(why).toHaveLength(links.length - groups);
    const ldtt = within(list).getByRole("link", {
      name: vi.whyLabel("Lao động tiên tiến"),
    });
    expect(ldtt.getAttribute("href")).toBe("rulebook.html#LDTT");
    expect(ldtt.textContent).toBe(vi.whyLink);
  });

  it("writes no list while the year is missing, and says why", async () => {
    const sheets = sampleRegister();
    sheets["Cấu hình"] = sheets["Cấu hình"]!.filter((row) => row[0] !== "Năm");
    const port = new FakePort(sheets);
    renderPane(port);
    await screen.findAllByText(STEP_REASONS_VI["no-year"]({}));
    const list = screen.getByRole("button", { name: vi.propose });
    expect(list.getAttribute("aria-disabled")).toBe("true");
    expect(list.closest("li")?.textContent).toContain(STEP_REASONS_VI["no-year"]({}));
  });

  it("marks the cells at fault and removes the marks", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.check));
    await user.click(await screen.findByRole("button", { name: vi.highlight }));
    await waitFor(() => {
      expect(port.marks).toContainEqual({ sheet: "Cán bộ", cell: "C4", severity: "error" });
    });
    expect(port.marks.every((m) => m.cell !== "")).toBe(true);
    // The buttons stay busy until the marking has finished: a click before that does nothing.
    const clear = screen.getByRole("button", { name: vi.clearHighlight });
    await waitFor(() => {
      expect(clear.getAttribute("aria-disabled")).not.toBe("true");
    });
    await user.click(clear);
    await waitFor(() => {
      expect(port.callsOf("clearHighlights")).toHaveLength(1);
    });
    expect(port.marks).toEqual([]);
  });

  it.each([
    [vi.score, "Kết quả chấm điểm"],
    [vi.propose, "Đề nghị khen thưởng"],
  ])("%s writes the output sheets, then activates %s", async (label, sheet) => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(label));
    await waitFor(() => {
      expect(port.callsOf("activateSheet")).toEqual([[sheet]]);
    });
    expect(port.written[0]?.map((s) => s.name)).toEqual(["Kiểm tra", sheet]);
    const title = await screen.findByText(vi.runTitle);
    expect(title.closest("[role=status]")?.textContent).toContain(
      vi.writtenSheets(`Kiểm tra, ${sheet}`)
    );
  });

  it("says how to see the overview's issues until the check shows them", async () => {
    const user = renderPane(new FakePort(sampleRegister()));
    await overviewLoaded();
    const hint = (): HTMLElement | null =>
      screen.queryByText(
        (_text, el) => el?.tagName === "SPAN" && el.textContent.endsWith(vi.issueTotalsHint)
      );
    expect(hint()?.textContent).toMatch(/^Sổ đang có \d+ lỗi, \d+ cảnh báo\. /);
    await user.click(actionButton(vi.check));
    await screen.findByRole("heading", { name: vi.issuesTitle });
    await waitFor(() => {
      expect(hint()).toBeNull();
    });
  });

  it("says a check found nothing, or only warnings, in the notice's title", async () => {
    const register = sampleRegister();
    const outcome = await checkRegister(new FakePort(register));
    const issues = outcome.kind === "analysed" ? outcome.analysis.issues : [];
    const errors = issues.filter((i) => i.severity === "error").length;
    const expected =
      errors > 0
        ? vi.checkErrorsTitle
        : issues.length > 0
          ? vi.checkWarningsTitle
          : vi.checkCleanTitle;
    const user = renderPane(new FakePort(register));
    await overviewLoaded();
    await user.click(actionButton(vi.check));
    expect(await screen.findByText(expected)).toBeTruthy();
  });

  it("titles a refused action as not done, never as done", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    // A co-author deletes a required sheet after the overview was read: the check refuses.
    port.sheets.delete("Cán bộ");
    await user.click(actionButton(vi.check));
    const title = await screen.findByText(vi.failureTitle);
    expect(title.closest("[role=status]")?.textContent).toMatch(/Không thể thực hiện: \S/);
    expect(screen.queryByText(vi.successTitle)).toBeNull();
  });

  it("says in the pane's language why a register cannot be used", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port, "en");
    await screen.findByText(en.deadlineDaysLeft(5, "31/01/2024"));
    port.sheets.delete("Cán bộ");
    await user.click(actionButton(en.check));
    const title = await screen.findByText(en.failureTitle);
    const notice = title.closest("[role=status]")?.textContent ?? "";
    expect(notice).toContain("Cannot run: Required sheets are missing: Cán bộ.");
    expect(notice).not.toContain("Thiếu trang");
    // Switched to Vietnamese, the same notice speaks Vietnamese.
    await user.selectOptions(screen.getByLabelText(en.languageLabel), "vi");
    const vietnamese = await screen.findByText(vi.failureTitle);
    expect(vietnamese.closest("[role=status]")?.textContent).toContain(
      "Không thể thực hiện: Thiếu trang bắt buộc: Cán bộ."
    );
  });

  it("shows a failure in plain Vietnamese with the details only on demand", async () => {
    const port = new FakePort(sampleRegister());
    port.failOn(
      "writeOutputSheets",
      Object.assign(new Error("RichApi.Error: cell edit mode"), {
        code: "InvalidOperationInCellEditMode",
      })
    );
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(actionButton(vi.propose));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(vi.errorCellEditing);
    expect(alert.textContent).not.toContain("RichApi");
    await user.click(within(alert).getByRole("button", { name: vi.showDetails }));
    expect(alert.textContent).toContain(
      vi.errorDetailsCode("InvalidOperationInCellEditMode", "RichApi.Error: cell edit mode")
    );
    // The pane is usable again after the failure.
    expect(actionButton(vi.check).getAttribute("aria-disabled")).not.toBe("true");
  });

  it("creates unit sheets with protection as chosen", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    await user.click(screen.getByLabelText(vi.protectLabel));
    await user.click(actionButton(vi.createUnitSheets));
    await waitFor(() => {
      expect(port.callsOf("createSheets")).toHaveLength(1);
    });
    const sheets = port.created[0] ?? [];
    expect(sheets.some((s) => s.protection !== undefined)).toBe(false);
  });

  it("is usable from the keyboard: Tab reaches the actions and Enter runs Kiểm tra", async () => {
    const port = new FakePort(sampleRegister());
    const user = renderPane(port);
    await overviewLoaded();
    const check = actionButton(vi.check);
    for (let i = 0; i < 60 && document.activeElement !== check; i++) await user.tab();
    expect(document.activeElement).toBe(check);
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: vi.issuesTitle });
  });

  it("forgets the last workbook's results when given another workbook", async () => {
    const user = userEvent.setup();
    const first = new FakePort(sampleRegister());
    const view = render(<App port={first} language="vi" now={JAN_26} />);
    await overviewLoaded();
    await user.click(actionButton(vi.check));
    await screen.findByRole("heading", { name: vi.issuesTitle });
    view.rerender(<App port={new FakePort({})} language="vi" now={JAN_26} />);
    await screen.findByText(vi.noRegister);
    expect(screen.queryByRole("heading", { name: vi.issuesTitle })).toBeNull();
  });

  it("reads the workbook once on start even when given a new clock function each render", async () => {
    const port = new FakePort(sampleRegister());
    const view = render(<App port={port} language="vi" now={() => JAN_26()} />);
    await overviewLoaded();
    view.rerender(<App port={port} language="vi" now={() => JAN_26()} />);
    view.rerender(<App port={port} language="vi" now={() => JAN_26()} />);
    await overviewLoaded();
    expect(port.callsOf("listSheets")).toHaveLength(1);
  });
});
