# Sanitizer and fuzzing instrumentation, applied to every target of the build that asks for it.
# Each of these builds lives in its own build folder: the normal build is never instrumented.

if(TESTIGO_SANITIZE)
  # UBSan halts at the first finding (a report that only prints would let ctest pass).
  add_compile_options(-fsanitize=${TESTIGO_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${TESTIGO_SANITIZE} -fno-sanitize-recover=all)
endif()

if(TESTIGO_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TESTIGO_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  # The libraries get libFuzzer's coverage instrumentation without its main(); the harnesses link
  # -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt). ASan and UBSan turn silent damage into crashes.
  set(TESTIGO_FUZZ_SANITIZERS "address,undefined" CACHE STRING "Sanitizers of the fuzz build")
  add_compile_options(-fsanitize=fuzzer-no-link,${TESTIGO_FUZZ_SANITIZERS} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -gline-tables-only)
  add_link_options(-fsanitize=${TESTIGO_FUZZ_SANITIZERS} -fno-sanitize-recover=all)
endif()
