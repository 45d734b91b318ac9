// SPDX-License-Identifier: MIT
// A map label in small caps (VISUAL.md), with a Night halo so it reads over coast and land.
import QtQuick
import Kiosk.Theme

Text {
    textFormat: Text.PlainText
    color: Theme.paper
    font.family: Theme.fontFamily
    font.pixelSize: Theme.caption
    font.capitalization: Font.SmallCaps
    font.letterSpacing: Theme.px(1)
    style: Text.Outline
    styleColor: Theme.night
}
