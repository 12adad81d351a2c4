/**
 * While the engine computes, the pane paints a determinate progress bar named after the step
 * under way, and the action cannot be started a second time (a double click, a second button).
 */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createPaneEngine, type PaneEngine } from "../../src/taskpane/engine/pane-engine";
import { threadRunner } from "../../src/taskpane/engine/thread-runner";
import { vi } from "../../src/taskpane/strings.vi";
import { REACT_TREE_TIMEOUT } from "../support/timeouts";
import { FakePort, sampleRegister } from "./fake-port";

jest.setTimeout(REACT_TREE_TIMEOUT);

/** The real engine on this thread, except that `check` stops halfway until released. */
const gate: { release: () => void; calls: number } = { release: () => undefined, calls: 0 };
const real = createPaneEngine(threadRunner());
const gatedEngine: PaneEngine = {
  ...real,
  async check(port, onProgress) {
    gate.calls += 1;
    onProgress({ step: "scoring", fraction: 0.5 });
    await new Promise<void>((resolve) => {
      gate.release = resolve;
    });
    return real.check(port, onProgress);
  },
};

jest.mock("../../src/taskpane/engine/default-engine", () => ({
  defaultPaneEngine: () => gatedEngine,
}));

const JAN_26 = (): Date => new Date(2024, 0, 26, 9, 0);

it("shows the step and the share done, and starts the check once however often it is asked", async () => {
  const user = userEvent.setup();
  render(<App port={new FakePort(sampleRegister())} language="vi" now={JAN_26} />);
  await screen.findByText(vi.deadlineDaysLeft(5, "31/01/2024"));
  const check = screen.getByRole("button", { name: vi.check });
  await user.click(check);

  const bar = await screen.findByRole("progressbar");
  expect(bar.getAttribute("aria-valuenow")).toBe(String(0.5 * 0.85));
  expect(screen.getByRole("status").textContent).toBe(vi.stepScoring);
  expect(bar.getAttribute("aria-label")).toBe(vi.progressLabel(vi.stepScoring, 43));

  // Every action button is unavailable while one runs; clicking again starts nothing.
  await user.click(check);
  await user.click(screen.getByRole("button", { name: vi.score }));
  expect(gate.calls).toBe(1);

  gate.release();
  await waitFor(() => {
    expect(screen.queryByRole("progressbar")).toBeNull();
  });
  expect(gate.calls).toBe(1);
});
