import { ApiError, describeError, formatDuration, toProblem } from "./problem";

describe("describeError", () => {
  it("says which limit a 429 hit and when it resets", () => {
    const error = new ApiError(429, toProblem(429, { title: "Too many requests", limit: "ai_requests_per_day", retry_after: 3600 }));
    expect(describeError(error)).toBe("You reached the ai requests per day limit; it resets in 1 h.");
  });

  it("falls back to the Retry-After header", () => {
    const error = new ApiError(429, toProblem(429, { title: "Too many requests" }, "90"));
    expect(describeError(error)).toBe("You reached a rate limit; it resets in 2 min.");
  });

  it("lists field errors of a 422", () => {
    const error = new ApiError(422, { title: "Invalid input", detail: "The password does not meet the policy", errors: [{ field: "password", message: "must be at least 10 characters" }] });
    expect(describeError(error)).toBe("The password does not meet the policy (password: must be at least 10 characters)");
  });

  it("explains network failures", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toMatch(/Could not reach Vigor/);
  });
});

it("formats durations", () => {
  expect(formatDuration(30)).toBe("30 s");
  expect(formatDuration(90_000)).toBe("1 day"); // not "1 days"
});
