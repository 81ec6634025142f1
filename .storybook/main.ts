import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own "Get started" checklist is for people learning Storybook, not for the kit's readers.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    // The library build's type emitter has no place in Storybook's output.
    const plugins = (viteConfig.plugins ?? []).flat().filter((plugin) => {
      const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : ''
      return !/dts/.test(String(name))
    })
    return {
      ...viteConfig,
      plugins,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'msw',
          'msw/browser',
          'msw-storybook-addon/csf3',
          '@tanstack/react-query',
          'react-hook-form',
          'libphonenumber-js/core',
          'libphonenumber-js/min/metadata',
          '@testing-library/user-event',
          '@testing-library/dom',
        ],
      },
    }
  },
}

export default config
