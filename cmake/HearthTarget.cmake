# One helper that creates every Hearth target the same way: the C++ standard,
# warnings (errors in CI), hardening flags, output folders and test labels.
#
#   hearth_add_target(<name> LIBRARY|EXECUTABLE|TEST|FUZZER
#       SOURCES <files...>
#       [LIBRARIES <targets...>]      linked PUBLIC for libraries, PRIVATE otherwise
#       [INCLUDES <dirs...>]          PUBLIC include folders of a library
#       [LABELS <labels...>]          ctest labels of a TEST or FUZZER
#       [ENVIRONMENT <VAR=value...>]  extra environment of a TEST
#       [ARGS <args...>]              command-line arguments of a TEST
#       [TIMEOUT <seconds>])          ctest timeout of a TEST (default 300)
#
# A TEST is a Qt Test executable run by ctest. A FUZZER is a libFuzzer target,
# built only with HEARTH_FUZZ (the asan preset) and run by ctest for
# HEARTH_FUZZ_SECONDS under the label "fuzz".

set(HEARTH_FUZZ_SECONDS 60 CACHE STRING "How long ctest runs each fuzzer")

function(hearth_apply_common_flags target)
    target_compile_features(${target} PRIVATE cxx_std_17)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic
        -fstack-protector-strong -Werror=format-security
        $<$<BOOL:$ENV{CI}>:-Werror>
        # Qt's qCWarning(category) << ... passes no variadic argument, which
        # clang's -Wpedantic reports; the idiom is Qt's own.
        $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>)
    # _FORTIFY_SOURCE needs an optimising build; glibc warns without one.
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_link_options(${target} PRIVATE LINKER:-z,relro,-z,now)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

function(hearth_add_target name kind)
    cmake_parse_arguments(PARSE_ARGV 2 arg ""
        "TIMEOUT" "SOURCES;LIBRARIES;INCLUDES;LABELS;ENVIRONMENT;ARGS")
    if(kind STREQUAL "LIBRARY")
        add_library(${name} STATIC ${arg_SOURCES})
        target_link_libraries(${name} PUBLIC ${arg_LIBRARIES})
        target_include_directories(${name} PUBLIC ${arg_INCLUDES})
    elseif(kind STREQUAL "EXECUTABLE")
        add_executable(${name} ${arg_SOURCES})
        target_link_libraries(${name} PRIVATE ${arg_LIBRARIES})
        set_target_properties(${name} PROPERTIES
            RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin")
    elseif(kind STREQUAL "TEST")
        add_executable(${name} ${arg_SOURCES})
        target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBRARIES})
        set_target_properties(${name} PROPERTIES
            RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
        target_compile_definitions(${name} PRIVATE
            HEARTH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            HEARTH_BINARY_DIR="${CMAKE_BINARY_DIR}"
            HEARTH_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
        add_test(NAME ${name} COMMAND ${name} ${arg_ARGS})
        if(NOT arg_TIMEOUT)
            set(arg_TIMEOUT 300)
        endif()
        set_tests_properties(${name} PROPERTIES
            LABELS "${arg_LABELS}" TIMEOUT ${arg_TIMEOUT}
            ENVIRONMENT "${arg_ENVIRONMENT}")
    elseif(kind STREQUAL "FUZZER")
        if(NOT HEARTH_FUZZ)
            return()
        endif()
        add_executable(${name} ${arg_SOURCES})
        target_link_libraries(${name} PRIVATE ${arg_LIBRARIES})
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer)
        set_target_properties(${name} PROPERTIES
            RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/fuzz")
        add_dependencies(fuzzers ${name})
        set(corpus "${CMAKE_BINARY_DIR}/fuzz/${name}-corpus")
        file(MAKE_DIRECTORY "${corpus}")
        add_test(NAME ${name}
            COMMAND ${name} -max_total_time=${HEARTH_FUZZ_SECONDS} -rss_limit_mb=4096
                    "${corpus}" ${arg_ARGS})
        set_tests_properties(${name} PROPERTIES
            LABELS "fuzz;${arg_LABELS}" TIMEOUT 600)
    else()
        message(FATAL_ERROR "hearth_add_target: unknown kind '${kind}'")
    endif()
    hearth_apply_common_flags(${name})
endfunction()
