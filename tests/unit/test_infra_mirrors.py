"""infra/ mirrors the code: Cosmos containers and partition keys, queues and their poison twins,
and the parameters azd and the per-environment files pass exist in main.bicep."""

from __future__ import annotations

import json
import re

from shared.blobs import names as blob_names
from shared.config import REPO_ROOT
from shared.queue import names as queue_names
from shared.store import containers
from tests.support.bicep_text import param_names

INFRA = REPO_ROOT / "infra"


def test_cosmos_containers_match_the_store() -> None:
    text = (INFRA / "modules" / "cosmos.bicep").read_text()
    declared = dict(re.findall(r"\{ name: '([a-z]+)', partitionKey: '/(\w+)' \}", text))
    assert declared == {spec.name: spec.partition_key for spec in containers.ALL}
    # TTL on for every container (-1): items carrying `ttl` expire, nothing else does.
    assert all(spec.default_ttl == -1 for spec in containers.ALL)
    assert "defaultTtl: -1" in text
    assert "disableLocalAuth: true" in text and "EnableServerless" in text


def test_queues_match_the_code() -> None:
    text = (INFRA / "modules" / "storage.bicep").read_text()
    match = re.search(r"param queueNames array = \[(.*?)\]", text)
    assert match
    assert set(re.findall(r"'([a-z-]+)'", match.group(1))) == set(queue_names.ALL)
    assert "name: '${queue}-poison'" in text
    assert "allowSharedKeyAccess: false" in text


def test_blob_containers_match_the_code_and_staged_files_have_a_backstop_expiry() -> None:
    text = (INFRA / "modules" / "storage.bicep").read_text()
    match = re.search(r"param blobContainers array = \[(.*?)\]", text)
    assert match
    assert set(re.findall(r"'([a-z-]+)'", match.group(1))) == set(blob_names.ALL)
    assert f"prefixMatch: ['{blob_names.IMPORTS}/']" in text and "publicAccess: 'None'" in text


def test_parameter_files_only_set_declared_parameters() -> None:
    declared = param_names(INFRA / "main.bicep")
    azd = json.loads((INFRA / "main.parameters.json").read_text())["parameters"]
    assert set(azd) <= declared, set(azd) - declared
    for env in ("dev", "prod"):
        path = INFRA / "parameters" / f"{env}.bicepparam"
        assert path.read_text().startswith(("//", "using")) and "using '../main.bicep'" in path.read_text()
        assert param_names(path) <= declared, param_names(path) - declared
        assert f"param environmentType = '{env}'" in path.read_text()


def test_azure_yaml_names_both_services() -> None:
    text = (REPO_ROOT / "azure.yaml").read_text()
    for line in ("api:", "host: function", "language: python", "web:", "host: staticwebapp", "dist: dist"):
        assert line in text
    # azd finds each service's resource by this tag.
    assert "'azd-service-name': 'api'" in (INFRA / "modules" / "function-app.bicep").read_text()
    assert "'azd-service-name': 'web'" in (INFRA / "modules" / "static-web-app.bicep").read_text()


def test_host_json_keeps_what_the_api_and_local_host_rely_on() -> None:
    host = json.loads((REPO_ROOT / "host.json").read_text())
    assert host["extensions"]["http"]["routePrefix"] == ""
    assert host["extensions"]["queues"]["messageEncoding"] == "base64"
    assert host["extensions"]["queues"]["maxDequeueCount"] >= 2


def test_the_static_web_app_serves_spa_routes_and_leaves_api_404s_alone() -> None:
    # navigationFallback serves index.html for client routes (the router's catch-all sends unknown ones home).
    # A 404 override would also turn the API's problem+json 404s and missing assets into index.html with 200.
    config = json.loads((REPO_ROOT / "static_web" / "public" / "staticwebapp.config.json").read_text())
    fallback = config["navigationFallback"]
    assert fallback["rewrite"] == "/index.html" and "/api/*" in fallback["exclude"]
    assert "/assets/*" in fallback["exclude"]
    assert "404" not in config.get("responseOverrides", {})
    router = (REPO_ROOT / "static_web" / "src" / "app" / "router.tsx").read_text()
    assert '{ path: "*", element: <Navigate to="/" replace /> }' in router


def test_the_deploy_guide_states_host_json_s_function_timeout() -> None:
    timeout = json.loads((REPO_ROOT / "host.json").read_text())["functionTimeout"]
    guide = (REPO_ROOT / "docs" / "deploy.md").read_text()
    row = next(line for line in guide.splitlines() if line.startswith("| `functionTimeout` |"))
    assert f"`{timeout}`" in row, row
