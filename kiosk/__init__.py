# SPDX-License-Identifier: MIT
"""Touch-screen museum exhibit: what did the United States want during the Cuban Missile Crisis?"""

__version__ = "0.1.0"
