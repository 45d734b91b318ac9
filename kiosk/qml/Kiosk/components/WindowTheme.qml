// SPDX-License-Identifier: MIT
// Theme's scale and orientation follow the window this is put in (the exhibit's, or the
// out-of-order window's): the same type and spacing rules at every screen size.
import QtQuick
import Kiosk.Theme

Item {
    id: follower

    required property Window window

    Binding {
        target: Theme
        property: "scale"
        value: Math.min(Math.max(follower.window.width, follower.window.height) / 1920,
                        Math.min(follower.window.width, follower.window.height) / 1080)
    }
    Binding {
        target: Theme
        property: "portrait"
        value: follower.window.height > follower.window.width
    }
}
