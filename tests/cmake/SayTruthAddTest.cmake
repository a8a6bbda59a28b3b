# saytruth_add_test(NAME <name> SOURCES <file>... [LIBS <target>...] LABELS <label>...)
#
# One Qt Test executable, registered as one CTest test with the suite's environment (SAYTRUTH_TEST_ENV, set
# by the caller) and timeout. It links Qt6::Test and only the LIBS given: a model test links saytruth_models,
# a widget test saytruth_ui, a test that starts PostgreSQL saytruth_testsupport.
#
# Labels (ctest -L <label>):
#   unit    needs neither a server nor widgets; the whole label runs in seconds (ctest -L unit)
#   server  starts a private PostgreSQL cluster (TestCluster, LocalCluster, DemoDatabase)
#   gui     creates widgets (offscreen); a widget test that also starts a cluster has both gui and server
function(saytruth_add_test)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME" "SOURCES;LIBS;LABELS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "saytruth_add_test: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_NAME OR NOT arg_SOURCES OR NOT arg_LABELS)
        message(FATAL_ERROR "saytruth_add_test: NAME, SOURCES and LABELS are required (${arg_NAME})")
    endif()
    foreach(label IN LISTS arg_LABELS)
        if(NOT label MATCHES "^(unit|server|gui)$")
            message(FATAL_ERROR "saytruth_add_test(${arg_NAME}): label '${label}' is not unit, server or gui")
        endif()
    endforeach()
    if("unit" IN_LIST arg_LABELS)
        list(LENGTH arg_LABELS count)
        if(count GREATER 1)
            message(FATAL_ERROR "saytruth_add_test(${arg_NAME}): unit excludes server and gui")
        endif()
        # The unit label's promise: no cluster. The cluster fixture lives in saytruth_testsupport.
        if("saytruth_testsupport" IN_LIST arg_LIBS)
            message(FATAL_ERROR "saytruth_add_test(${arg_NAME}): a unit test must not link saytruth_testsupport")
        endif()
    endif()
    if(NOT DEFINED SAYTRUTH_TEST_ENV)
        message(FATAL_ERROR "saytruth_add_test: set SAYTRUTH_TEST_ENV before adding tests")
    endif()

    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBS} Qt6::Test)
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set_tests_properties(${arg_NAME} PROPERTIES
        ENVIRONMENT "${SAYTRUTH_TEST_ENV}"
        TIMEOUT 300
        LABELS "${arg_LABELS}")
endfunction()
