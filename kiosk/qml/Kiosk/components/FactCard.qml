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
    implicitHeight: body.implicitHeight + markerRow.height + Theme.px(28) * 2

    BodyText {
        id: body
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.px(28) }
        text: card.text
    }
    MarkerRow {
        id: markerRow
        anchors { left: parent.left; bottom: parent.bottom; leftMargin: Theme.px(10) }
        markers: card.markers
        owner: card.factId
        onMarkerTapped: number => card.markerTapped(number)
    }
}
