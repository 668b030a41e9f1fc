import { fromDisplayHeight, fromDisplayWeight, fromFeetInches, heightText, loadableWeight, toDisplayHeight, toDisplayLoad, toDisplayWeight, toFeetInches } from "./units";

it("shows kg as lb for imperial users and stores what they type back in kg", () => {
  expect(toDisplayWeight(100, "imperial")).toBe(220.5);
  expect(fromDisplayWeight(220.5, "imperial")).toBeCloseTo(100.017, 2);
  expect(toDisplayWeight(80, "metric")).toBe(80);
  expect(toDisplayHeight(180, "imperial")).toBe(70.9);
  expect(fromDisplayHeight(70, "imperial")).toBe(177.8);
});

describe("imperial users see what they can load and how they measure", () => {
  it("rounds pound targets to a loadable 2.5 lb step (no 143.3 lb)", () => {
    expect(loadableWeight(143.3, "lb")).toBe(142.5);
    expect(loadableWeight(144, "lb")).toBe(145);
    expect(loadableWeight(102.5, "kg")).toBe(102.5);
  });

  it("shows loads to the half pound: a 225 lb record stored as 102.1 kg reads 225 lb, not 225.1 lb", () => {
    expect(toDisplayLoad(102.1, "imperial")).toBe(225);
    expect(toDisplayLoad(fromDisplayWeight(227.5, "imperial"), "imperial")).toBe(227.5);
    expect(toDisplayLoad(fromDisplayWeight(22.5, "imperial"), "imperial")).toBe(22.5);
    expect(toDisplayLoad(100, "imperial")).toBe(220.5);
    expect(toDisplayLoad(102.1, "metric")).toBe(102.1);
    for (let lb = 5; lb <= 700; lb += 0.5) {
      // every load typed in pounds, stored at 0.1 kg (records, e1RMs), reads back as typed
      expect(toDisplayLoad(Math.round(fromDisplayWeight(lb, "imperial") * 10) / 10, "imperial")).toBe(lb);
    }
  });

  it("shows height in feet and inches, and takes it back in centimetres", () => {
    expect(toFeetInches(180)).toEqual({ feet: 5, inches: 11 });
    expect(heightText(180, "imperial")).toBe("5 ft 11 in");
    expect(heightText(180, "metric")).toBe("180 cm");
    expect(fromFeetInches(5, 11)).toBeCloseTo(180.34, 2);
    expect(toFeetInches(fromFeetInches(6, 0))).toEqual({ feet: 6, inches: 0 });
  });
});
