"""Entry script of the bundle: the same main() as the installed ``deal-planner`` command.

It lives outside planner/ so that PyInstaller puts packaging/ (not planner/) on its search
path and takes the planner package, with its planner.resources data, from the installation.
"""

from planner.__main__ import main

if __name__ == "__main__":
    main()
