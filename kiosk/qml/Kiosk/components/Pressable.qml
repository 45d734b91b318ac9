// SPDX-License-Identifier: MIT
// Base of everything a visitor can touch: a tap intent, and press feedback within one frame.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Theme

Item {
    id: control

    signal tapped()
    readonly property bool pressed: tap.pressed
    property string accessibleName
    // A control drawn smaller than a touch target still takes a 72-px touch: the margin around
    // it that also counts as on it.
    property real touchMargin: 0

    implicitWidth: Theme.touchMin
    implicitHeight: Theme.touchMin
    scale: tap.pressed ? Theme.pressScale : 1.0

    Accessible.role: Accessible.Button
    Accessible.name: control.accessibleName
    Accessible.onPressAction: control.tapped()

    TapHandler {
        id: tap
        // A drag that leaves the control cancels the tap, so a swipe never presses a button.
        gesturePolicy: TapHandler.ReleaseWithinBounds
        margin: control.touchMargin
        onTapped: control.tapped()
    }
}
