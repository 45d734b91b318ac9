// SPDX-License-Identifier: MIT
// A missile range ring's label, on the ring at the bearing map.toml gives, shown from the day the
// US gave the figure; a tap opens the ring's card. The ring itself is painted (MapLines).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

MapPin {
    id: ring

    required property string name
    required property real wx
    required property real wy
    required property real start
    required labelZoom
    required labelLeft
    required property real t
    required property var highlight
    property real symbolScale: 1

    x: snap(wx)
    y: snap(wy)
    visible: t >= start
    shape: "ring"
    symbolSize: Theme.px(12) * symbolScale
    label: name
    pickRank: 4
    emphasised: highlight.indexOf(itemId) >= 0
}
