"""Azure Functions entry point (Python v2 model): the FastAPI app over HTTP streams, plus queue and timer blueprints."""

# isort: off
import shared.startup  # noqa: F401  first: defers pydantic model building (cold start)

# isort: on
import azure.functions as func

from functions.http.app import create_app
from functions.http_streams import register_http_functions
from functions.queues import bp as queue_functions
from functions.timers import bp as timer_functions
from shared.bootstrap import in_functions_worker, warm_in_background
from shared.config import get_settings

fastapi_app = create_app()
if get_settings().applicationinsights_connection_string:  # the distro is heavy: import it only when needed
    from shared.telemetry import configure_telemetry

    configure_telemetry(get_settings(), fastapi_app)
app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)
register_http_functions(app, fastapi_app)  # streams on Azure (functions/http_streams.py)
app.register_functions(queue_functions)
app.register_functions(timer_functions)
if in_functions_worker():  # a new instance: the first chat should not pay for the safety rules (issue 15)
    warm_in_background()
