# A Debian package of govlog (cmake --build build --target package): the tool,
# the shared library with its headers, govlog.pc and the CMake package, the
# manual pages and completions. Depends are worked out by dpkg-shlibdeps from
# the binaries (package dpkg-dev); lintian checks the result (tests/integration).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME govlog)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "decision records, commit messages and releases checked in Git")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "govlog keeps decision records (architecture, strategic, operational) and\n"
    "issue and pull request templates as Markdown in Git, checks them and commit\n"
    "messages in Git hooks and CI, and traces feature requests to decisions,\n"
    "commits, tagged releases and release notes, reporting every gap.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(GOVLOG_PACKAGE_MAINTAINER "govlog maintainers <govlog@example.org>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GOVLOG_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The shared library: a shlibs file and the ldconfig trigger (not maintainer
# scripts calling ldconfig, which CPack's own shlibs would add).
set(GOVLOG_DEBIAN_CONTROL ${PROJECT_BINARY_DIR}/debian-control)
file(WRITE ${GOVLOG_DEBIAN_CONTROL}/shlibs "libgovlog 0 govlog (>= ${PROJECT_VERSION})\n")
file(WRITE ${GOVLOG_DEBIAN_CONTROL}/triggers "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${GOVLOG_DEBIAN_CONTROL}/shlibs ${GOVLOG_DEBIAN_CONTROL}/triggers)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS git)

# Debian's documentation files: the copyright and a compressed changelog (a
# native package's: changelog.gz).
set(GOVLOG_DEBIAN_DOC ${PROJECT_BINARY_DIR}/debian-doc)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian/changelog ${GOVLOG_DEBIAN_DOC}/changelog @ONLY)
add_custom_command(OUTPUT ${GOVLOG_DEBIAN_DOC}/changelog.gz
  COMMAND gzip -9nkf ${GOVLOG_DEBIAN_DOC}/changelog
  DEPENDS ${GOVLOG_DEBIAN_DOC}/changelog)
add_custom_target(govlog_debian_doc ALL DEPENDS ${GOVLOG_DEBIAN_DOC}/changelog.gz)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/debian/copyright ${GOVLOG_DEBIAN_DOC}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/govlog)
include(CPack)
