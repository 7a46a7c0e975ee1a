import { afterEach, describe, expect, it } from "vitest";
import { announce, onAnnounce } from "./announce";

afterEach(() => onAnnounce(null));

describe("announce", () => {
  it("reaches the live region when it is there", () => {
    const heard: string[] = [];
    onAnnounce((m) => heard.push(m));
    announce("Sergey Kislyak. Enter for details.");
    expect(heard).toEqual(["Sergey Kislyak. Enter for details."]);
  });

  it("keeps what was said before the live region came (a key pressed before the panels loaded)", () => {
    onAnnounce(null);
    announce("first");
    announce("Rex Tillerson. Enter for details.");
    const heard: string[] = [];
    onAnnounce((m) => heard.push(m));
    expect(heard).toEqual(["Rex Tillerson. Enter for details."]);
    // Said once: a second live region does not hear it again.
    const again: string[] = [];
    onAnnounce((m) => again.push(m));
    expect(again).toEqual([]);
  });
});
