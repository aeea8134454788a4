"""`bilagor serve`: headers, token, Host check, error pages, and no path from a request to the disk."""

from __future__ import annotations

import hashlib
import shutil
import warnings

import pytest

pytest.importorskip("starlette")
from factories import EXAMPLES, make_report  # noqa: E402
from web_archive import SEED_PDF  # noqa: E402

from bilagor.cli.web import summaries  # noqa: E402
from bilagor.cli.web.app import create_app  # noqa: E402
from bilagor.index.archive import Archive  # noqa: E402

with warnings.catch_warnings():  # newer Starlette prefers httpx2 (a warning); httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

BASE = "http://127.0.0.1"
TOKEN = "a-test-token-1234"


def stored_report(folder, name: str = "seed.pdf"):
    """An archive holding one record whose file is a copy of the seed example."""
    pdf = folder / name
    shutil.copy2(EXAMPLES / SEED_PDF, pdf)
    stat = pdf.stat()
    report = make_report("seed", id=hashlib.sha256(pdf.read_bytes()).hexdigest(), paths=[str(pdf)], filename=name)
    with Archive.open(folder / "archive", writable=True) as archive:
        archive.add([report], path_stats={str(pdf): (stat.st_size, stat.st_mtime)})
    return folder / "archive", report, pdf


@pytest.fixture
def served(tmp_path):
    archive, report, pdf = stored_report(tmp_path)
    with TestClient(create_app(archive), base_url=BASE, raise_server_exceptions=False) as client:
        yield client, report, pdf


def assert_secured(response) -> None:
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    assert "Traceback" not in response.text


def test_every_kind_of_response_carries_the_security_headers(served, monkeypatch):
    client, report, _ = served
    for path, status in (
        (f"/report/{report.id}", 200),
        ("/static/style.css", 200),
        ("/search?q=(", 400),
        ("/nope", 404),
        (f"/report/{report.id}/pdf", 200),
        ("/api/search?q=)", 400),
    ):
        response = client.get(path)
        assert response.status_code == status, path
        assert_secured(response)

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(summaries, "summarise_archive", broken)
    response = client.get("/amounts?by=district")  # not the default summary the server prepares at start
    assert response.status_code == 500
    assert_secured(response)
    assert "internal error" in response.text and "a bug" not in response.text and "RuntimeError" not in response.text


def test_pages_use_no_inline_script_or_style(served):
    client, report, _ = served
    for path in ("/", "/search?q=kamera", f"/report/{report.id}", f"/report/{report.id}/page/1", "/amounts"):
        html = client.get(path).text
        assert "<script" not in html and "style=" not in html and "<style" not in html, path
        assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', ""), path


@pytest.mark.parametrize(
    "path",
    [
        "/report/..%2F..%2F..%2Fetc%2Fpasswd/pdf",
        "/report/../../../etc/passwd",
        "/report/%2Fetc%2Fpasswd/pdf",
        "/report/{id}/pdf?path=/etc/passwd",
        "/report/{id}/pdf/../../../../etc/passwd",
        "/report/{id}/page/1.png?q=../../../etc/passwd",
        "/report/{id}/page/..%2F..%2Fetc%2Fpasswd.png",
        "/static/../app.py",
        "/static/..%2Fapp.py",
        "/static/%2e%2e/app.py",
        "/static/",
        "/static",
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/amounts.csv?q=/etc/passwd",
        "/api/reports/..%2F..%2Fetc%2Fpasswd",
    ],
)
def test_no_parameter_reaches_the_file_system(served, path):
    client, report, _ = served
    response = client.get(path.format(id=report.id))
    body = response.content
    assert b"root:" not in body and b"create_app" not in body and b"import " not in body
    if response.status_code == 200:  # only a page of our own, or the recorded file itself
        assert response.headers["content-type"].split(";")[0] in (
            "text/html",
            "image/png",
            "text/csv",
            "application/pdf",
        )
        if response.headers["content-type"] == "application/pdf":
            assert body == (EXAMPLES / SEED_PDF).read_bytes()
    else:
        assert response.status_code in (400, 404, 405)


def test_a_recorded_path_now_holding_other_content_is_not_served(tmp_path):
    archive, report, pdf = stored_report(tmp_path)
    with TestClient(create_app(archive), base_url=BASE) as client:
        assert client.get(f"/report/{report.id}/pdf").status_code == 200
        secret = tmp_path / "secret.txt"
        secret.write_text("root:x:0:0 not a report\n")
        pdf.unlink()
        pdf.symlink_to(secret)  # the recorded path now leads elsewhere
        for path in (f"/report/{report.id}/pdf", f"/report/{report.id}/page/1.png"):
            response = client.get(path)
            assert response.status_code == 404 and b"root:" not in response.content
            assert "no longer where it was imported from" in response.text
        pdf.unlink()
        shutil.copy2(EXAMPLES / SEED_PDF, pdf)  # the same content back (new time): served again, by its hash
        assert client.get(f"/report/{report.id}/pdf").content == (EXAMPLES / SEED_PDF).read_bytes()


def test_token_is_required_on_every_request(tmp_path):
    archive, report, _ = stored_report(tmp_path)
    with TestClient(create_app(archive, token=TOKEN), base_url=BASE) as client:
        for path in ("/", f"/report/{report.id}/pdf", "/api/search?q=kamera", "/static/style.css"):
            response = client.get(path)
            assert response.status_code == 401, path
            assert_secured(response)
        assert client.get("/", headers={"x-bilagor-token": "wrong-token-0000"}).status_code == 401
        assert client.get("/", headers={"authorization": f"Bearer {TOKEN}x"}).status_code == 401
        assert client.get("/", headers={"x-bilagor-token": TOKEN}).status_code == 200
        assert client.get("/api/search", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
        # ?token= once: a cookie, and the same address without the token.
        response = client.get(f"/search?q=kamera&token={TOKEN}", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/search?q=kamera"
        cookie = response.headers["set-cookie"]
        assert f"bilagor_token={TOKEN}" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert client.get("/search?q=kamera").status_code == 200  # the client keeps the cookie
        redirect = client.get(f"{BASE}//evil.example/?token={TOKEN}", follow_redirects=False)
        assert redirect.headers["location"] == "/evil.example/"  # a path here, never another host


def test_a_foreign_host_name_is_refused(served):
    client, _, _ = served
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    assert client.get("/", headers={"host": "[::1]:8000"}).status_code == 200


def test_allowed_hosts():
    from bilagor.cli.web.security import allowed_hosts, host_name

    assert allowed_hosts("0.0.0.0") is None
    assert allowed_hosts("127.0.0.1") >= {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("192.168.1.5") == {"192.168.1.5"}
    assert host_name("[::1]:8000") == "::1" and host_name("Example.org:80") == "example.org"
