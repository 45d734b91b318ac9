// SPDX-License-Identifier: MIT
// Reading text: the exhibit font, Paper on dark, wrapped, never below body size unless a caption.
import QtQuick
import Kiosk.Theme

Text {
    color: Theme.paper
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    lineHeightMode: Text.FixedHeight
    lineHeight: Theme.linePitch(font.pixelSize)
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
}
