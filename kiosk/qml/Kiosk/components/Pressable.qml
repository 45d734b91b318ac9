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
        onTapped: control.tapped()
    }
}
