#include "commandline.h"

int main(int argc, char* argv[])
{
    return crisis::app::run(argc, argv);
}
