"""The package list for setuptools (everything else is in pyproject.toml).

Besides the `sxsh_desktop` packages, the wheel carries the top-level `resources/` and `assessment_templates/` as
`sxsh_desktop/resources/` and `sxsh_desktop/assessment_templates/` (the `package-dir` mapping in pyproject.toml).
pyproject.toml cannot list packages found by search together with mapped ones, so the list is made here; the
mapped folders' subfolders are listed too, as setuptools treats every folder of a package as one.
"""

from setuptools import find_namespace_packages, find_packages, setup

MAPPED = {"sxsh_desktop.resources": "resources", "sxsh_desktop.assessment_templates": "assessment_templates"}

packages = find_packages(include=["sxsh_desktop", "sxsh_desktop.*"])
for package, folder in MAPPED.items():
    packages += [package, *(f"{package}.{sub}" for sub in find_namespace_packages(where=folder))]

setup(packages=packages)
