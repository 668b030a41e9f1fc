import { count } from "./words";

it("puts the noun in the number the count needs", () => {
  expect(count(1, "set")).toBe("1 set");
  expect(count(0, "set")).toBe("0 sets");
  expect(count(12, "exercise")).toBe("12 exercises");
  expect(count(1, "rep")).toBe("1 rep");
  expect(count(2, "day")).toBe("2 days");
  expect(count(1200, "session")).toBe("1,200 sessions");
});
