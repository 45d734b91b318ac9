// SPDX-License-Identifier: MIT
// One fact, one idea, with the markers of the sources it rests on.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Rectangle {
    id: card

    required property string factId
    required property string text
    required property var markers
    signal markerTapped(int number)

    objectName: "fact." + factId
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.raised
    border.width: Theme.border
    // The markers' touch targets (72) overhang their visible band: cards stay compact.
    implicitHeight: Theme.px(24) + body.implicitHeight + Theme.px(8) + markerRow.height - Theme.px(12)

    BodyText {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top
                  leftMargin: Theme.px(28); rightMargin: Theme.px(28); topMargin: Theme.px(24) }
        text: card.text
    }
    MarkerRow {
        id: markerRow
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                  leftMargin: Theme.px(10); rightMargin: Theme.px(10); bottomMargin: -Theme.px(12) }
        markers: card.markers
        owner: card.factId
        onMarkerTapped: number => card.markerTapped(number)
    }
}
