// SPDX-License-Identifier: MIT
// The hidden way into staff mode: hold the top-left corner for five seconds, then, within four
// seconds, tap the top-right corner. Both corners only watch (passive grabs): a visitor's touch
// there still reaches what lies beneath, and no visitor stumbles into the PIN pad.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: gesture

    required property Staff staff
    property bool armed: false
    property real holdSeconds: 5  // tests shorten it
    signal requested()

    objectName: "staff.gesture"

    readonly property real corner: Theme.px(120)

    Item {
        objectName: "staff.cornerHold"
        width: gesture.corner
        height: gesture.corner
        TapHandler {
            enabled: gesture.staff.enabled
            gesturePolicy: TapHandler.DragThreshold
            longPressThreshold: gesture.holdSeconds
            onLongPressed: { gesture.armed = true; disarm.restart() }
        }
    }
    Item {
        objectName: "staff.cornerTap"
        x: gesture.width - width
        width: gesture.corner
        height: gesture.corner
        TapHandler {
            enabled: gesture.armed
            gesturePolicy: TapHandler.DragThreshold
            onTapped: { gesture.armed = false; gesture.requested() }
        }
    }
    Timer {
        id: disarm
        interval: 4000
        onTriggered: gesture.armed = false
    }
}
