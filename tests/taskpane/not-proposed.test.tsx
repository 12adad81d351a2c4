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
import { VIETNAMESE_LETTERS, catalogueOwnWords } from "../support/catalogue-wording";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";
import { FakePort, sampleRegister } from "./fake-port";

jest.setTimeout(REACT_TREE_TIMEOUT);

const JAN_26 = (): Date => new Date(2024, 0, 26, 9, 0);

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
      expect(catalogueOwnWords(text)).not.toMatch(VIETNAMESE_LETTERS);
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
