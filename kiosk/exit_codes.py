# SPDX-License-Identifier: MIT
"""How the exhibit's process ends, as its supervisors read it (systemd's unit and session.sh on
Linux, kiosk/supervisor.py on Windows)."""

EXIT_RESTART = 0  # a staff restart or the end of an out-of-order rest: start again at once
EXIT_STAFF = 75  # a staff "Exit to the desktop": stay stopped (RestartPreventExitStatus=75)
