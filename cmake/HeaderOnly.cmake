# A cross build takes the header-only libraries (CLI11, nlohmann-json, xxHash)
# from the build machine's packages: only their headers, copied into the build
# folder, so the target's own C library headers are never mixed with the
# build machine's.
set(EMDB_HOST_INCLUDE_DIR "/usr/include" CACHE PATH "Where the build machine keeps CLI11, nlohmann-json and xxhash.h")
set(emdb_header_only "${CMAKE_BINARY_DIR}/header-only/include")
foreach(entry CLI nlohmann xxhash.h)
  if(NOT EXISTS "${EMDB_HOST_INCLUDE_DIR}/${entry}")
    message(FATAL_ERROR "${EMDB_HOST_INCLUDE_DIR}/${entry} not found (packages libcli11-dev, nlohmann-json3-dev, libxxhash-dev)")
  endif()
  file(COPY "${EMDB_HOST_INCLUDE_DIR}/${entry}" DESTINATION "${emdb_header_only}")
endforeach()
set(XXHASH_INCLUDE_DIR "${emdb_header_only}" CACHE PATH "" FORCE)
add_library(CLI11::CLI11 INTERFACE IMPORTED GLOBAL)
set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${emdb_header_only}")
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED GLOBAL)
set_target_properties(nlohmann_json::nlohmann_json PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${emdb_header_only}")
