// SPDX-License-Identifier: MIT
// The quarantine arc's label, at the middle of the arc from the moment the quarantine took
// effect; a tap opens its card. The arc itself is painted (MapLines).
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

MapPin {
    id: arc

    required property var info
    required property real t
    required property var highlight
    property real symbolScale: 1

    objectName: "map.arc"
    x: snap(info.labelX ?? 0)
    y: snap(info.labelY ?? 0)
    visible: info.itemId !== undefined && t >= info.effective
    itemId: info.itemId ?? ""
    shape: "arc"
    symbolSize: Theme.px(12) * symbolScale
    label: info.name ?? ""
    labelZoom: info.labelZoom ?? 0
    labelLeft: info.labelLeft ?? false
    pickRank: 4
    emphasised: highlight.indexOf(itemId) >= 0
}
