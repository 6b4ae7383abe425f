-- wrk: POST the small benchmark query as application/json.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"{ books { id title year author { name } } }"}'
