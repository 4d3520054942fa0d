# One INTERFACE target carries every compile flag of the project.
add_library(paydesk_build_flags INTERFACE)
target_compile_features(paydesk_build_flags INTERFACE cxx_std_20)
target_compile_definitions(paydesk_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PAYDESK_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(paydesk_build_flags INTERFACE /W4 /utf-8 $<$<BOOL:${PAYDESK_WERROR}>:/WX>)
else()
    target_compile_options(paydesk_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wold-style-cast
        -Woverloaded-virtual -Wnon-virtual-dtor $<$<BOOL:${PAYDESK_WERROR}>:-Werror>)
endif()
