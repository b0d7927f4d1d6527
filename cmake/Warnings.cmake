# emdb_warnings(target): the project's warning set; errors when EMDB_WERROR is on.
function(emdb_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  if(EMDB_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
