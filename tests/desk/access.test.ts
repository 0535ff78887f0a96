// Which client addresses the desk's network access lets in.
import { cidrProblem, DEFAULT_DESK_NETWORKS, networkMatcher } from '../../src/desk';
import { ConfigError, loadConfig } from '../../src/config';

describe('desk network access', () => {
  const allowed = networkMatcher(DEFAULT_DESK_NETWORKS);

  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.9', true],
    ['172.31.255.255', true],
    ['192.168.10.20', true],
    ['::ffff:192.168.10.20', true],
    ['fd12:3456::1', true],
    ['172.32.0.1', false],
    ['8.8.8.8', false],
    ['::ffff:8.8.8.8', false],
    ['2001:db8::1', false],
    ['not an address', false],
    [undefined, false],
  ])('%s → %s by default (loopback and private ranges)', (address, expected) => {
    expect(allowed(address)).toBe(expected);
  });

  it('checks ranges and names the bad one', () => {
    expect(cidrProblem('10.0.0.0/8')).toBeUndefined();
    expect(cidrProblem('fc00::/7')).toBeUndefined();
    expect(cidrProblem('10.0.0.0')).toMatch(/not an address\/prefix range/);
    expect(cidrProblem('10.0.0.0/33')).toMatch(/prefix over 32/);
    expect(cidrProblem('commune.local/24')).toMatch(/not an address\/prefix range/);
    expect(() => networkMatcher(['10.0.0.0/40'])).toThrow('DeskAccessError');
  });

  it('is configured by DESK_ACCESS and DESK_NETWORKS, with precise errors', () => {
    const defaults = loadConfig({}, '/srv');
    expect(defaults.deskAccess).toBe('network');
    expect(defaults.deskNetworks).toEqual([...DEFAULT_DESK_NETWORKS]);
    expect(defaults.publicUrl).toBeUndefined();
    const set = loadConfig({ DESK_ACCESS: 'open', DESK_NETWORKS: ' 10.20.0.0/16 , 192.0.2.0/24', PUBLIC_URL: 'https://relais.example.be' }, '/srv');
    expect(set).toMatchObject({ deskAccess: 'open', deskNetworks: ['10.20.0.0/16', '192.0.2.0/24'], publicUrl: 'https://relais.example.be' });
    expect(() => loadConfig({ DESK_ACCESS: 'public' }, '/srv')).toThrow('DESK_ACCESS="public" must be one of open, network, accounts, off');
    expect(() => loadConfig({ DESK_NETWORKS: '10.0.0.0/8,intranet' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ DESK_NETWORKS: '10.0.0.0/8,intranet' }, '/srv')).toThrow('DESK_NETWORKS: "intranet" is not an address/prefix range');
    expect(() => loadConfig({ PUBLIC_URL: 'relais.example.be' }, '/srv')).toThrow('PUBLIC_URL="relais.example.be" must be a http: or https: URL');
  });
});
