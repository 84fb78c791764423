import type { Route } from '../app/router';
import { ContactForm } from './ContactForm';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';
import { DuplicatesPage } from './DuplicatesPage';

type ContactRoute = Extract<
  Route,
  { name: 'contacts' | 'contact-new' | 'contact-duplicates' | 'contact' | 'contact-edit' }
>;

/** The contact directory's screens by route (#/contacts, /new, /duplicates, /<id>, /<id>/edit). */
export function ContactScreen({ route }: { route: ContactRoute }) {
  switch (route.name) {
    case 'contacts':
      return <ContactsPage />;
    case 'contact-new':
      return <ContactForm />;
    case 'contact-duplicates':
      return <DuplicatesPage />;
    case 'contact':
      return <ContactPage key={route.id} id={route.id} />;
    case 'contact-edit':
      return <ContactForm key={route.id} id={route.id} />;
  }
}
