"""textstat must count English syllables with the network cut, after ``import helpers``."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network disabled for this test")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import helpers  # noqa: F401  (patches textstat)
    import nltk
    import textstat

    try:
        nltk.data.find("corpora/cmudict")
        raise SystemExit("NLTK's cmudict is installed here; the test would prove nothing")
    except LookupError:
        pass
    text = "Russia is against the deployment of Western peacekeeping troops to Ukraine."
    print(textstat.syllable_count("peacekeeping deployment"))
    print(round(textstat.flesch_reading_ease(text), 2))
    print(round(textstat.smog_index(text), 2))
""")


def test_textstat_works_with_sockets_blocked(tmp_path) -> None:
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    syllables, ease, _ = done.stdout.split()
    # peace-keep-ing (3) + de-ploy-ment (3), from the CMU dictionary
    assert int(syllables) == 6
    assert float(ease) < 60
