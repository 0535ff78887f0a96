// Keeps dependency banners (dotenv inside `natural`) out of test output.
process.env.DOTENV_CONFIG_QUIET = 'true';
