-- Sends every request with the bearer token that the run script got from Keycloak (environment variable TOKEN).
local token = os.getenv("TOKEN")
if token == nil or token == "" then
  error("TOKEN is not set")
end
wrk.headers["Authorization"] = "Bearer " .. token
