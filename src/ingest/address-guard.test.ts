import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embeddedIPv4, isForbiddenAddress } from './address-guard.js';

test('non-public addresses are forbidden', () => {
  for (const a of [
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0',
    '100.64.0.1', '224.0.0.1', '255.255.255.255', '198.18.0.1', '192.0.2.5', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::', '[::1]',
    'not-an-ip', '',
  ]) assert.equal(isForbiddenAddress(a), true, a);
});

test('public addresses are allowed', () => {
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001::200e']) {
    assert.equal(isForbiddenAddress(a), false, a);
  }
});

test('IPv4 inside IPv6 is found', () => {
  assert.equal(embeddedIPv4('::ffff:127.0.0.1'), '127.0.0.1');
  assert.equal(embeddedIPv4('64:ff9b::808:808'), '8.8.8.8');
  assert.equal(embeddedIPv4('2002:c0a8:101::1'), '192.168.1.1');
  assert.equal(embeddedIPv4('2606:4700::1111'), undefined);
});
