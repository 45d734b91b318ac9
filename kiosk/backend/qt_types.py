# SPDX-License-Identifier: MIT
"""C++ type names for Property declarations.

Named constants rather than string literals, because pyside6-metaobjectdump (which tools/qmllint.py
uses to describe these types to qmllint) reads a Property's type only from a plain name.
"""

QStringList = "QStringList"
QVariantList = "QVariantList"
QVariantMap = "QVariantMap"
