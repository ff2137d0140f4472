# Writes the manual pages and shell completions the govlog tool gives of
# itself (govlog help --man, --completion), so they come from the same
# command and option tables as --help. Run at build time with -DGOVLOG=<tool>
# -DOUT=<folder>.
set(ENV{ASAN_OPTIONS} "detect_leaks=0")
file(REMOVE_RECURSE ${OUT}/man ${OUT}/completions)
file(MAKE_DIRECTORY ${OUT}/man/man1 ${OUT}/completions)

function(write_from_govlog file)
  execute_process(COMMAND ${GOVLOG} help ${ARGN} OUTPUT_FILE ${file} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "govlog help ${ARGN} failed: ${rc}")
  endif()
endfunction()

# The verbs, from the command list of `govlog help`.
execute_process(COMMAND ${GOVLOG} help OUTPUT_VARIABLE usage RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "govlog help failed: ${rc}")
endif()
string(REGEX MATCHALL "\n  [a-z-]+ " lines "${usage}")
write_from_govlog(${OUT}/man/man1/govlog.1 --man)
foreach(line ${lines})
  string(STRIP "${line}" verb)
  if(NOT verb STREQUAL "help")
    write_from_govlog(${OUT}/man/man1/govlog-${verb}.1 --man ${verb})
  endif()
endforeach()
# Compressed, as Debian installs manual pages.
file(GLOB pages ${OUT}/man/man1/*.1)
execute_process(COMMAND gzip -9nf ${pages} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip failed: ${rc}")
endif()
write_from_govlog(${OUT}/completions/govlog --completion bash)
write_from_govlog(${OUT}/completions/_govlog --completion zsh)
write_from_govlog(${OUT}/completions/govlog.fish --completion fish)
file(TOUCH ${OUT}/stamp)
