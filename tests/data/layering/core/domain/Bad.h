#pragma once
// Fixture for the layering check: a core header that reaches for Qt Widgets must stop the build.
#include <QWidget>
