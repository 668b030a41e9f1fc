import { e1rm, fromDisplayHeight, fromDisplayWeight, toDisplayHeight, toDisplayWeight } from "./units";

it("shows kg as lb for imperial users and stores what they type back in kg", () => {
  expect(toDisplayWeight(100, "imperial")).toBe(220.5);
  expect(fromDisplayWeight(220.5, "imperial")).toBeCloseTo(100.017, 2);
  expect(toDisplayWeight(80, "metric")).toBe(80);
  expect(toDisplayHeight(180, "imperial")).toBe(70.9);
  expect(fromDisplayHeight(70, "imperial")).toBe(177.8);
});

it("estimates a one-rep max (Epley)", () => {
  expect(e1rm(100, 1)).toBe(100);
  expect(e1rm(100, 10)).toBeCloseTo(133.33, 1);
});
