// SPDX-License-Identifier: MIT
// A labelled button with an optional icon; dims when there is nowhere to go.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Pressable {
    id: button

    property string text
    property string icon
    property bool iconAfter: false
    property bool selected: false
    // Amber: "this is what to touch next" (docs/VISUAL.md); never a current selection.
    property bool accent: false

    accessibleName: button.text
    implicitWidth: Math.max(Theme.touchMin, content.implicitWidth + Theme.px(56))
    implicitHeight: Theme.touchMin
    opacity: enabled ? 1.0 : 0.35

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        // The current choice (a language) is marked quietly, a fill and an underline: the
        // loudest thing in the bar should be the next step, not what is already chosen.
        color: button.pressed || button.selected ? Theme.raised
             : button.accent ? Theme.amber : Theme.surface
        border.color: button.accent && !button.pressed ? Theme.amber : Theme.raised
        border.width: Theme.border
    }
    Rectangle {
        objectName: "selectedMark"
        visible: button.selected
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.px(12) }
        width: label.implicitWidth
        height: Math.max(2, Theme.px(4))
        radius: height / 2
        color: Theme.paper
    }

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.px(12)
        layoutDirection: button.iconAfter ? Qt.RightToLeft : Qt.LeftToRight

        Icon {
            visible: button.icon !== ""
            name: button.icon
            color: label.color
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            textFormat: Text.PlainText
            id: label
            visible: button.text !== ""
            text: button.text
            color: button.accent && !button.pressed ? Theme.night : Theme.paper
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
