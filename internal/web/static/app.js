// built by ui/
