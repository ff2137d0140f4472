#!/usr/bin/env python3
"""Runs a composite GitHub Action's steps as a runner would, for tests.

    run_action.py ACTION_DIR CONTEXT_JSON

CONTEXT_JSON holds the contexts the action's expressions read: "github"
(event_name, sha, workspace, event...), "runner" (temp, os) and "inputs"
(defaults come from action.yml). Each `run:` step runs with
`bash --noprofile --norc -eo pipefail`, its `env:` expanded, in the
workspace, with GITHUB_OUTPUT, GITHUB_PATH and GITHUB_ACTION_PATH as
GitHub sets them; `if:` conditions are evaluated (success(), always(),
failure(), ==, !=, &&, ||, !, parentheses). A `uses:` step cannot run
here: it is reported as "uses: NAME (not run)" with its inputs expanded.
The exit status is the job's: 1 when a step failed and did not
continue on error.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml


class Expr:
    """A GitHub Actions expression over the contexts, the subset actions use."""

    TOKEN = re.compile(r"\s*(?:(\'(?:[^']|'')*\')|(&&|\|\||==|!=|!|\(|\))|"
                       r"([A-Za-z_][\w.-]*(?:\(\))?))")

    def __init__(self, text, ctx):
        self.tokens = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = self.TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ValueError(f"cannot read expression at: {text[pos:]!r}")
            self.tokens.append(m.group(1) or m.group(2) or m.group(3))
            pos = m.end()
        self.ctx = ctx
        self.at = 0

    def value(self):
        v = self.or_()
        if self.at != len(self.tokens):
            raise ValueError(f"trailing tokens: {self.tokens[self.at:]}")
        return v

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self):
        self.at += 1
        return self.tokens[self.at - 1]

    def or_(self):
        v = self.and_()
        while self.peek() == "||":
            self.take()
            right = self.and_()
            v = v or right
        return v

    def and_(self):
        v = self.cmp()
        while self.peek() == "&&":
            self.take()
            right = self.cmp()
            v = v and right
        return v

    def cmp(self):
        v = self.unary()
        while self.peek() in ("==", "!="):
            op = self.take()
            right = self.unary()
            same = str(v if v is not None else "").lower() == str(
                right if right is not None else "").lower()
            v = same if op == "==" else not same
        return v

    def unary(self):
        if self.peek() == "!":
            self.take()
            return not self.unary()
        if self.peek() == "(":
            self.take()
            v = self.or_()
            if self.take() != ")":
                raise ValueError("missing )")
            return v
        return self.atom(self.take())

    def atom(self, t):
        if t.startswith("'"):
            return t[1:-1].replace("''", "'")
        if t in ("true", "false"):
            return t == "true"
        if t.endswith("()"):
            return {"always()": True, "success()": not self.ctx["failed"],
                    "failure()": self.ctx["failed"],
                    "cancelled()": False}[t]
        node = self.ctx
        for part in t.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return node


def expand(text, ctx):
    """A string with its ${{ }} expressions replaced by their values."""
    def one(m):
        v = Expr(m.group(1), ctx).value()
        return "" if v is None else ("true" if v is True else
                                     "false" if v is False else str(v))
    return re.sub(r"\$\{\{(.*?)\}\}", one, str(text))


def read_outputs(path):
    out = {}
    with open(path) as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                out[k] = v
    return out


def main():
    action_dir, context_file = sys.argv[1], sys.argv[2]
    with open(os.path.join(action_dir, "action.yml")) as f:
        action = yaml.safe_load(f)
    with open(context_file) as f:
        given = json.load(f)
    inputs = {k: str(v.get("default", "")) for k, v in action.get("inputs", {}).items()}
    inputs.update(given.get("inputs", {}))
    github = dict(given["github"])
    github["action_path"] = os.path.abspath(action_dir)
    ctx = {"github": github, "runner": given["runner"], "inputs": inputs,
           "steps": {}, "failed": False}
    workspace = github["workspace"]
    extra_path = []
    for n, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {n + 1}")
        cond = step.get("if", "success()")
        cond = re.sub(r"^\$\{\{(.*)\}\}$", r"\1", str(cond).strip(), flags=re.S)
        if not Expr(cond, ctx).value():
            print(f"::group::{name} (skipped)", flush=True)
            continue
        if "uses" in step:
            args = {k: expand(v, ctx) for k, v in step.get("with", {}).items()}
            print(f"uses: {step['uses']} (not run) {json.dumps(args, sort_keys=True)}",
                  flush=True)
            continue
        print(f"::group::{name}", flush=True)
        with tempfile.NamedTemporaryFile("w", delete=False) as out, \
                tempfile.NamedTemporaryFile("w", delete=False) as path_file, \
                tempfile.NamedTemporaryFile("w", delete=False, suffix=".sh") as script:
            script.write(step["run"])
        env = dict(os.environ)
        env.update({"GITHUB_OUTPUT": out.name, "GITHUB_PATH": path_file.name,
                    "GITHUB_ACTION_PATH": github["action_path"],
                    "GITHUB_WORKSPACE": workspace, "GITHUB_ACTIONS": "true", "CI": "true",
                    "GITHUB_EVENT_NAME": github.get("event_name", ""),
                    "GITHUB_SHA": github.get("sha", ""),
                    "RUNNER_TEMP": ctx["runner"]["temp"], "RUNNER_OS": ctx["runner"]["os"]})
        env.update({k: expand(v, ctx) for k, v in step.get("env", {}).items()})
        env["PATH"] = os.pathsep.join(extra_path + [env["PATH"]])
        rc = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail",
                              script.name], cwd=workspace, env=env)
        if "id" in step:
            ctx["steps"][step["id"]] = {"outputs": read_outputs(out.name),
                                        "outcome": "success" if rc == 0 else "failure"}
        with open(path_file.name) as f:
            extra_path = [p.strip() for p in f if p.strip()][::-1] + extra_path
        for f in (out.name, path_file.name, script.name):
            os.unlink(f)
        if rc != 0:
            print(f"step '{name}' exited {rc}", flush=True)
            if not step.get("continue-on-error"):
                ctx["failed"] = True
    return 1 if ctx["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
