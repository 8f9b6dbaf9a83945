import { describe, expect, it } from "vitest";
import { companyKey } from "../../../src/core/people/company";

describe("companyKey", () => {
  it("compares companies as people write them", () => {
    expect(companyKey("[[Microsoft]]")).toBe(companyKey("Microsoft Corp."));
    expect(companyKey("Telefónica")).toBe(companyKey("Telefonica S.A."));
    expect(companyKey("VAST Data")).not.toBe(companyKey("Microsoft"));
  });

  it("has no key for nothing usable", () => {
    expect(companyKey(undefined)).toBeUndefined();
    expect(companyKey("  ")).toBeUndefined();
    expect(companyKey("_Unknown_")).toBeUndefined();
  });
});
