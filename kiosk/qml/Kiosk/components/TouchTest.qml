// SPDX-License-Identifier: MIT
// After mounting a screen: touch every square; each lights where the touch landed, with a cross
// at the exact point, so a calibration that is off shows as crosses away from the fingers.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Theme

Rectangle {
    id: test

    signal done()
    readonly property int columns: 8
    readonly property int rows: 5

    objectName: "staff.touchGrid"
    color: Theme.night

    Grid {
        anchors.fill: parent
        columns: test.columns
        Repeater {
            model: test.columns * test.rows
            delegate: Rectangle {
                required property int index
                property bool touched: false
                objectName: "staff.touchCell." + index
                width: test.width / test.columns
                height: test.height / test.rows
                color: touched ? Theme.raised : "transparent"
                border.color: Theme.raised
                border.width: Theme.border
                TapHandler { onTapped: parent.touched = true }
            }
        }
    }
    // The last point exactly as the screen reported it.
    Item {
        id: cross
        visible: false
        width: Theme.px(48)
        height: width
        Rectangle { anchors.centerIn: parent; width: parent.width; height: 2; color: Theme.amber }
        Rectangle { anchors.centerIn: parent; width: 2; height: parent.height; color: Theme.amber }
    }
    PointHandler {
        onPointChanged: if (point.pressedButtons || active) {
            cross.x = point.position.x - cross.width / 2
            cross.y = point.position.y - cross.height / 2
            cross.visible = true
        }
    }
    KioskButton {
        objectName: "staff.touchTest.done"
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: Theme.margin }
        accent: true
        text: qsTr("Done")
        onTapped: test.done()
    }
}
