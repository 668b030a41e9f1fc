import { toaster } from "@/components/ui/toaster";
import { handleApiError } from "./api-errors";
import { ApiError } from "./problem";

it("toasts a 429 with the limit and its reset, once per burst", () => {
  const create = vi.spyOn(toaster, "create").mockImplementation(() => "id");
  handleApiError(new ApiError(429, { title: "Too many requests", limit: "requests_per_day", retry_after: 120 }), "query");
  expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: "rate-limit", description: "You reached the requests per day limit; it resets in 2 min." }));
});

it("leaves failed queries to their inline error state but reports failed actions", () => {
  const create = vi.spyOn(toaster, "create").mockImplementation(() => "id");
  handleApiError(new ApiError(500, { title: "Server error" }), "query");
  expect(create).not.toHaveBeenCalled();
  handleApiError(new ApiError(409, { title: "Conflict", detail: "Email cannot be used" }), "mutation");
  expect(create).toHaveBeenCalledWith(expect.objectContaining({ type: "error", description: "Email cannot be used" }));
});
