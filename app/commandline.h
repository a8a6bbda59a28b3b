#pragma once
// placeholder, replaced by the command line parser
